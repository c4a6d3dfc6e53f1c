#include "bench/benchbare.h"

#include "bench/benchmeasure.h"

#include <QFile>

#include <sqlite3.h>

#include <algorithm>
#include <cctype>

namespace FundDesk::Bench {

double peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

BareTable BareTable::read(const QString &databasePath, const QString &sql)
{
    BareTable table;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(databasePath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return table;
    }
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &statement, nullptr) ==
        SQLITE_OK) {
        const int columns = sqlite3_column_count(statement);
        while (sqlite3_step(statement) == SQLITE_ROW) {
            BareRow row;
            row.id = sqlite3_column_int64(statement, 0);
            row.amount = sqlite3_column_int64(statement, 1);
            if (const auto *date = sqlite3_column_text(statement, 2)) {
                row.date = reinterpret_cast<const char *>(date);
            }
            for (int c = 3; c < columns; ++c) {
                if (const auto *value = sqlite3_column_text(statement, c)) {
                    row.text += reinterpret_cast<const char *>(value);
                    row.text += ' ';
                }
            }
            table.m_rows.push_back(std::move(row));
        }
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return table;
}

void BareTable::sortByDate()
{
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const BareRow &a, const BareRow &b) { return a.date < b.date; });
}

void BareTable::sortByText()
{
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const BareRow &a, const BareRow &b) { return a.text < b.text; });
}

std::size_t BareTable::filter(const std::string &needle) const
{
    const auto same = [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) ==
               std::tolower(static_cast<unsigned char>(b));
    };
    return std::size_t(std::count_if(m_rows.begin(), m_rows.end(), [&](const BareRow &row) {
        return std::search(row.text.begin(), row.text.end(), needle.begin(), needle.end(), same) !=
               row.text.end();
    }));
}

} // namespace FundDesk::Bench
