// libFuzzer target: CsvReader::parse, the pure entry point of every CSV import. Any input must
// give a document or a refusal; never a crash, a hang, a leak or undefined behaviour.
#include "core/io/csvreader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto document = FundDesk::Core::CsvReader::parse(bytes);
    if (document) {
        // Touch what was built, so the sanitizers see every field.
        qsizetype total = document->header.size();
        for (const QStringList &row : document->rows) {
            for (const QString &field : row) {
                total += field.size();
            }
        }
        if (document->lines.size() != document->rows.size()) {
            __builtin_trap(); // every row knows its line
        }
        (void)total;
    }
    return 0;
}
