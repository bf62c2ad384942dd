// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/elidedlabel.h"

namespace Dealscope {

class AgreementModel;
class DatasetDocument;

/// The status bar's permanent line: the version shown and how many clauses apply, the assumed AGI year,
/// when the facts were checked, and the file when it is not the bundled dataset. It follows the model and
/// the language by itself.
class AgreementStatusLine : public ElidedLabel
{
    Q_OBJECT

public:
    AgreementStatusLine(const AgreementModel *model, const DatasetDocument *document, QWidget *parent = nullptr);

    /// Writes the line again from the model (nothing without a dataset).
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    const AgreementModel *m_model;
    const DatasetDocument *m_document;
};

} // namespace Dealscope
