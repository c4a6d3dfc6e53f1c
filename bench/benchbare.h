#pragma once

#include <QString>

#include <string>
#include <vector>

namespace FundDesk::Bench {

// The bare limit: the same rows read straight through the SQLite C API (its own read-only
// connection) into a vector of plain structs, then sorted or filtered with the standard library.
struct BareRow
{
    qint64 id = 0;
    qint64 amount = 0;
    std::string date;
    std::string text; // the columns a filter searches, joined
};

class BareTable final
{
public:
    // The rows of `sql`: column 0 the id, 1 an amount, 2 a date, the rest joined into `text`.
    static BareTable read(const QString &databasePath, const QString &sql);

    void sortByDate();
    void sortByText();
    // How many rows contain `needle` (ASCII case-insensitive).
    std::size_t filter(const std::string &needle) const;
    std::size_t size() const { return m_rows.size(); }

private:
    std::vector<BareRow> m_rows;
};

} // namespace FundDesk::Bench
