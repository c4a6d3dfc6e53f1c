#pragma once

#include "core/domain/workflowitem.h"

#include <QDialog>

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class HistoryPanel;

// A HistoryPanel in a window of its own, with a Close button.
class HistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(Core::FundServices &services, const QString &title, QWidget *parent = nullptr);

    HistoryPanel *panel() const { return m_panel; }

private:
    HistoryPanel *m_panel = nullptr;
};

} // namespace FundDesk::Ui
