// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/article.h"
#include "articles/articlelibrary.h"
#include "dataset/dataset.h"

#include <QSet>
#include <QTextBrowser>
#include <QTextFormat>
#include <QUrl>
#include <QWidget>

#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTextTable;
class QToolButton;

namespace Dealscope {

/// The text browser of the article view. Article text comes from files, so it never loads anything:
/// no images, style sheets or other local or remote resources, and it never follows a link by itself.
class ArticleBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ArticleBrowser(QWidget *parent = nullptr);

    /// Always null: nothing named by article text is read or fetched.
    QVariant loadResource(int type, const QUrl &name) override;
};

/// Reads the bundled explainer articles, in one language or two side by side.
///
/// The article is rendered from its parsed blocks (ArticleParser) into escaped HTML: a table with one
/// row per anchor, so that in parallel mode the paragraphs of both languages are aligned and scroll
/// together. Clause links ask the window to select the clause (clauseActivated()); source links open
/// in the system browser only when clicked, and only for http(s). highlightClause() marks the paragraphs
/// that link to a clause. A find field searches the text (Ctrl+F while the view has focus).
class ArticleView : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    const ArticleLibrary &library() const { return m_library; }

    /// Shows the article @p id (a directory of the library); unknown ids are ignored.
    void setArticle(const QString &id);
    QString article() const { return m_articleId; }
    void setLanguage(const QString &lang);
    QString language() const { return m_language; }
    /// Parallel mode shows secondLanguage() in a second column next to language().
    void setParallel(bool on);
    bool isParallel() const { return m_parallel; }
    void setSecondLanguage(const QString &lang);
    QString secondLanguage() const { return m_secondLanguage; }

    /// Marks the first use of each term of @p dataset's glossary in each column, in that column's language,
    /// with its definition in @p definitionLanguage (the interface language) as a tooltip. Call again when
    /// the dataset or the interface language changes; a null dataset marks nothing.
    void setGlossary(DatasetPtr dataset, const QString &definitionLanguage);

    /// Shows @p left, and @p right next to it if given, exactly as parsed (no library involved).
    void showArticles(const Article &left, const Article *right = nullptr);

    /// Marks the rows whose paragraphs link to @p clauseId and scrolls the first into view, unless one
    /// of them is visible already. An empty id clears the marks.
    void highlightClause(const QString &clauseId);
    QString highlightedClause() const { return m_highlightedClause; }
    /// The anchors of the marked rows, in document order.
    QStringList highlightedAnchors() const;

    /// Selects the next (or previous) occurrence of @p text, wrapping around; marks all occurrences.
    bool find(const QString &text, bool backwards = false);
    /// Focuses the find field (Ctrl+F while the view has focus).
    void activateFind();
    int matchCount() const { return m_matchCount; }

    /// The anchor shown in each row of the table (the title row has "title").
    QStringList rowAnchors() const { return m_rowAnchors; }
    /// The block-format property that holds the anchor of the row a text block belongs to.
    static constexpr int AnchorProperty = QTextFormat::UserProperty + 1;
    ArticleBrowser *browser() const { return m_browser; }
    QLineEdit *findField() const { return m_findField; }

    /// "English", "Deutsch", "日本語", … for the supported language codes; the code otherwise.
    static QString nativeLanguageName(const QString &code);

Q_SIGNALS:
    /// The user clicked or activated a link to the clause @p clauseId.
    void clauseActivated(const QString &clauseId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fillArticlePicker();
    void fillLanguagePickers();
    void reload();
    void render();
    QTextTable *table() const;
    void applyHighlight(bool scroll);
    void markGlossaryTerms();
    void markMatches();
    void followLink(const QUrl &url);

    ArticleLibrary m_library;
    QString m_articleId;
    QString m_language = QStringLiteral("en");
    QString m_secondLanguage = QStringLiteral("ja");
    bool m_parallel = false;
    std::optional<Article> m_left;
    std::optional<Article> m_right;
    std::optional<Article> m_english; ///< fills in paragraphs a translation lacks
    QStringList m_rowAnchors;
    QList<std::pair<const ArticleBlock *, const ArticleBlock *>>
        m_rowBlocks; ///< per row: left, right; into m_left, m_right
    QSet<QUrl> m_externalUrls; ///< the only external URLs a click may open
    QString m_highlightedClause;
    DatasetPtr m_glossaryDataset;
    QString m_definitionLanguage = QStringLiteral("en");
    QString m_findText;
    int m_matchCount = 0;

    QComboBox *m_articlePicker;
    QComboBox *m_languagePicker;
    QCheckBox *m_parallelCheck;
    QComboBox *m_secondLanguagePicker;
    QLabel *m_notice;
    ArticleBrowser *m_browser;
    QLineEdit *m_findField;
    QToolButton *m_findPrevious;
    QToolButton *m_findNext;
    QLabel *m_findStatus;
};

} // namespace Dealscope
