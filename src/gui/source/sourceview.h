// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/dataset.h"

#include <QPlainTextEdit>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace Dealscope {

class AgreementModel;
class ScenarioEditor;
class ScenarioDocument;
class SyntaxHighlighting;

/// A plain text editor for JSON sources with line numbers in a gutter on its left, read-only until told
/// otherwise. The numbers start at firstLineNumber(), so an excerpt shows the lines it has in its file;
/// the lines of a marked range get a bar in the gutter, and lines with a problem a dot in its colour
/// (whose tooltip is the problem).
class SourceEditor : public QPlainTextEdit
{
public:
    struct LineMark
    {
        int line = 0; ///< counted like the gutter's numbers
        QColor colour;
        QString toolTip;
    };

    explicit SourceEditor(QWidget *parent = nullptr);

    int firstLineNumber() const { return m_firstLine; }
    void setFirstLineNumber(int line);
    /// Marks the lines @p first to @p last (file line numbers) in the gutter; 0, 0 marks none.
    void setMarkedLines(int first, int last);
    void setLineMarks(const QList<LineMark> &marks);
    const QList<LineMark> &lineMarks() const { return m_lineMarks; }
    int gutterWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    class Gutter;
    void updateGutterWidth();
    void paintGutter(const QRect &rect);
    QString gutterToolTip(const QPoint &position) const;

    Gutter *m_gutter;
    int m_firstLine = 1;
    int m_markFirst = 0;
    int m_markLast = 0;
    QList<LineMark> m_lineMarks;
};

/// The dataset file as it was read: the exact JSON text of the selected clause or event, or the whole
/// file scrolled to it. Read-only, monospace, highlighted, with the file's own line numbers in a gutter.
/// With a scenario document (setScenarioDocument()) a third mode shows the current scenario's JSON in a
/// ScenarioEditor, where it can be edited and applied; selections do not leave that mode.
///
/// showDocument() shows any other text read-only in the same way; the view goes back to the dataset with
/// the next showItem().
class SourceView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode {
        SelectedItem, ///< the selected clause's or event's entry only, numbered as in the file
        WholeDataset, ///< the whole file, scrolled to the selected entry, which is marked
        Scenario, ///< the scenario as JSON, editable (only with a scenario document)
    };
    Q_ENUM(Mode)

    explicit SourceView(QWidget *parent = nullptr);
    ~SourceView() override;

    /// The model whose items showItem() receives; its dataset's text is what the view shows.
    void setModel(const AgreementModel *model);
    /// Shows the clause or event at @p sourceIndex, an index of the AgreementModel (not of a filter
    /// proxy). Categories, the event group and an invalid index show an explanation instead.
    void showItem(const QModelIndex &sourceIndex);
    /// Shows @p text as the file @p fileName (which picks the highlighting) under the caption @p title,
    /// numbered from line 1, until the next showItem().
    void showDocument(const QString &title, const QString &fileName, const QString &text);
    /// Offers Mode::Scenario, whose editor reads and applies @p document's scenario.
    void setScenarioDocument(ScenarioDocument *document);
    /// The editor of Mode::Scenario; nullptr until setScenarioDocument().
    ScenarioEditor *scenarioEditor() const { return m_scenarioEditor; }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    /// The dataset's text area, for tests and for actions that act on it (copy, find).
    QPlainTextEdit *editor() const;
    /// The line number shown next to the first line of the text.
    int firstLineNumber() const;
    /// The caption above the text: what is shown, and which lines.
    QString caption() const;

Q_SIGNALS:
    void modeChanged(Mode mode);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class Content { Empty, Item, WholeDataset, Document };

    void modelReset();
    /// Sets every text the view shows itself in the current language.
    void retranslate();
    /// Shows the current item; @p scroll moves the whole file's view to it.
    void refresh(bool scroll = true);
    void setContent(Content content, const QString &text, const QString &fileName, int firstLine);
    void showScenarioPage(bool show);
    /// Marks the item's text in the whole file and, if @p scroll, moves the cursor and the view to it.
    void markItem(bool scroll);
    QString datasetFileName() const;
    QString placeholder() const;

    QPointer<const AgreementModel> m_model;
    DatasetPtr m_dataset; ///< the dataset the item belongs to; kept alive while its text is shown
    Mode m_mode = Mode::SelectedItem;
    Content m_content = Content::Empty;
    DatasetPtr m_loadedDataset; ///< whose whole text the editor holds, if any
    bool m_showingDocument = false;
    bool m_scrollWhenShown = false;

    // The item from the last showItem().
    bool m_hasItem = false; ///< an index was given, though it may be a category
    TextSpan m_span; ///< valid for a clause or an event
    QString m_itemTitle;

    QLabel *m_caption;
    QComboBox *m_modeCombo;
    QStackedWidget *m_pages;
    SourceEditor *m_editor;
    SyntaxHighlighting *m_highlighting;
    ScenarioEditor *m_scenarioEditor = nullptr;
};

} // namespace Dealscope
