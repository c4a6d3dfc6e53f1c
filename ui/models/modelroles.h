#pragma once

#include <Qt>

namespace FundDesk::Ui {

// Roles shared by the table models and FilterProxyModel.
enum ModelRole {
    // The value a column sorts by: qint64 minor units or scaled rates, QDate, int, QString.
    RawValueRole = Qt::UserRole,
    // The row's TextFilter::haystack(), built once when the model loads (any column).
    HaystackRole,
    // The record's id as qint64 (any column), to keep the selection across reloads.
    IdRole,
};

} // namespace FundDesk::Ui
