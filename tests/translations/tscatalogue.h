#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace FundDesk::Tests {

// One <message> of a Qt Linguist .ts file, as the test needs it.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;         // <comment>: disambiguation, part of the message's identity
    QString translationType; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList forms; // one entry, or one per plural form when numerus

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
};

struct TsCatalogue
{
    QString language; // the TS element's language attribute, e.g. "ar_EG"
    QList<TsMessage> messages;
    QString error; // empty when the file was read whole
};

// Reads a .ts file with QXmlStreamReader.
TsCatalogue readTsCatalogue(const QString &path);

} // namespace FundDesk::Tests
