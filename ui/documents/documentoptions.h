#pragma once

#include "core/domain/language.h"
#include "ui/documents/documentrenderer.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace FundDesk::Ui {

// The document's language (any of the six, independent of the interface's) and its paper,
// as one row of two labelled combo boxes, shared by the Reports page and the packet dialog.
class DocumentOptions final : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentOptions(QWidget *parent = nullptr);

    Core::Language language() const;
    void setLanguage(Core::Language language);
    Paper paper() const;
    QComboBox *languageCombo() const { return m_language; }
    QComboBox *paperCombo() const { return m_paper; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_paperLabel = nullptr;
    QComboBox *m_paper = nullptr;
};

} // namespace FundDesk::Ui
