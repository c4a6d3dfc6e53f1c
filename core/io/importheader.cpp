#include "core/io/importheader.h"

#include "core/coretr.h"

namespace FundDesk::Core {

ImportHeader ImportHeader::match(const QStringList &header, const QStringList &expected)
{
    ImportHeader result;
    result.indexes.fill(-1, expected.size());
    const QString list = expected.join(QStringLiteral(", "));
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        const qsizetype k = expected.indexOf(name.toLower());
        if (k < 0) {
            //: %1 is a column name found in the file, %2 the list of the expected columns
            result.issues.append({1, name,
                                  Tr::tr("The column “%1” is not one FundDesk knows. Rename or "
                                         "remove it; the columns are: %2.")
                                      .arg(name, list)});
        } else if (result.indexes.at(k) >= 0) {
            //: %1 is a column name
            result.issues.append(
                {1, name, Tr::tr("The column “%1” appears twice. Remove one of them.").arg(name)});
        } else {
            result.indexes[k] = int(i);
        }
    }
    for (qsizetype k = 0; k < expected.size(); ++k) {
        if (result.indexes.at(k) < 0) {
            //: %1 is a column name, %2 the list of the expected columns
            result.issues.append({1, expected.at(k),
                                  Tr::tr("The column “%1” is missing. Add it to the header "
                                         "line; the columns are: %2.")
                                      .arg(expected.at(k), list)});
        }
    }
    return result;
}

} // namespace FundDesk::Core
