#include "ui/widgets/historydialog.h"

#include "ui/uitr.h"
#include "ui/widgets/historypanel.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace FundDesk::Ui {

HistoryDialog::HistoryDialog(Core::FundServices &services, const QString &title, QWidget *parent)
    : QDialog(parent), m_panel(new HistoryPanel(services, this))
{
    setObjectName(QStringLiteral("historyDialog"));
    //: window title: %1 names the record, such as an activity's reference
    setWindowTitle(Tr::tr("History of %1").arg(title));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    layout->addWidget(buttons);
    resize(820, 560);
}

} // namespace FundDesk::Ui
