// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "legend/legendcatalog.h"

#include <QList>
#include <QScrollArea>
#include <QWidget>

namespace Dealscope {

/// One legend symbol, drawn by LegendSymbolPainter in the widget's palette and font.
class LegendSwatch : public QWidget
{
    Q_OBJECT

public:
    LegendSwatch(const LegendEntry &entry, QWidget *parent = nullptr);

    const LegendSymbol &symbol() const { return m_symbol; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    LegendSymbol m_symbol;
};

/// The legend: every badge of the clause tree and every bar, icon, marker and line of the timeline, each
/// drawn by the views' own painting code beside what it means, section by section (LegendCatalog).
class LegendView : public QScrollArea
{
    Q_OBJECT

public:
    explicit LegendView(QWidget *parent = nullptr);

    /// The views whose symbols the legend explains; each has its own sections.
    enum class Part { Tree, Timeline };

    /// The symbols shown, in order.
    QList<const LegendSwatch *> swatches() const;
    /// Scrolls to the first section about @p part.
    void showPart(Part part);
    /// The section shown at the top: its heading's index in LegendCatalog::sections().
    int topSection() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QList<QWidget *> m_headings; ///< one per section, in order
};

} // namespace Dealscope
