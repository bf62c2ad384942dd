// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace Dealscope {

class AgreementModel;
class SourceEditor;
class SyntaxHighlighting;

/// The dataset file as it was read: the exact JSON text of the selected clause or event, or the whole
/// file scrolled to it. Read-only, monospace, highlighted, with the file's own line numbers in a gutter.
///
/// showDocument() shows any other text the same way (the scenario editor's files, for instance); the
/// view goes back to the dataset with the next showItem().
class SourceView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode {
        SelectedItem, ///< the selected clause's or event's entry only, numbered as in the file
        WholeDataset, ///< the whole file, scrolled to the selected entry, which is marked
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

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    /// The text area, for tests and for actions that act on it (copy, find).
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
    void refresh();
    void setContent(Content content, const QString &text, const QString &fileName, int firstLine);
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
    SourceEditor *m_editor;
    SyntaxHighlighting *m_highlighting;
};

} // namespace Dealscope
