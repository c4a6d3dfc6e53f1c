#pragma once

#include "core/domain/publicationconsent.h"

#include <QGroupBox>
#include <QHash>

class QButtonGroup;
class QLabel;

namespace FundDesk::Ui {

// ¶17: whether the fund may publish the donor's name and the amount, as three radio buttons
// (Publish by default) and a line saying why the choice matters.
class PublicationConsentBox final : public QGroupBox
{
    Q_OBJECT

public:
    explicit PublicationConsentBox(QWidget *parent = nullptr);

    Core::PublicationConsent consent() const;
    void setConsent(Core::PublicationConsent consent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QButtonGroup *m_group = nullptr;
    QLabel *m_explanation = nullptr;
};

} // namespace FundDesk::Ui
