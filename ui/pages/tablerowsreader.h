#pragma once

#include "core/domain/result.h"
#include "ui/logging.h"
#include "ui/models/backgroundreader.h"
#include "ui/models/filterproxymodel.h"
#include "ui/pages/tablepanel.h"
#include "ui/widgets/plainmessage.h"

#include <QLocale>

#include <functional>

namespace FundDesk::Ui {

// The one way a page reloads a large table (issue 11): Model::read() runs through the panel's
// BackgroundReader (on a worker for a large fund), the model adopts the rows with the proxy
// collating for the same locale, then `shown` runs (select a row again, totals, combos). A
// cancelled read changes nothing and calls nothing: the table's line offers Load again.
// Another error is logged and shown in a warning titled `title`, then `shown` runs on the rows
// kept.
template<typename Model>
void readTableRows(BackgroundReader &reader, TablePanel &table, Model &model, const QString &title,
                   std::function<void()> shown)
{
    using Snapshot = typename Model::Snapshot;
    const QLocale locale;
    reader.start<Snapshot>(
        [locale](Core::FundServices &services, const BackgroundReader::KeepGoing &keepGoing) {
            return Model::read(services, locale, keepGoing);
        },
        [&table, &model, locale, title, shown = std::move(shown)](Core::Result<Snapshot> rows) {
            if (rows) {
                table.proxy()->setCollationLocale(locale);
                model.adopt(std::move(rows).value());
            } else if (rows.error().code == Core::ErrorCode::Cancelled) {
                return;
            } else {
                qCWarning(lcUi) << title << "not loaded:" << rows.error().detail;
                PlainMessage::warning(&table, title, rows.error().message);
            }
            shown();
        });
}

} // namespace FundDesk::Ui
