#include "core/services/demo/demopeople.h"

#include <QStringList>

namespace FundDesk::Core::Demo {

namespace {

struct Names
{
    const char *women;
    const char *men;
    const char *surnames;
};

// Space-separated lists, one entry per regional group in allRegionalGroups() order.
constexpr Names kNames[] = {
    {"Amina Fatou Grace Nomvula Aisha Wanjiru Adjoa Mariam",
     "Kwame Moussa Tendai Olusegun Ibrahim Kofi Samuel Abdou",
     "Mensah Diallo Okafor Mwangi Traoré Banda Nkosi Haile Touré Kamara"},
    {"Mei Priya Siti Ana Nilufar Leilani Thuy Aigerim",
     "Arjun Wei Tomasi Farid Kenji Rahul Bounmy Daniyar",
     "Tan Sharma Rahman Nguyen Tuilagi Karimov Sato Perera Waqa Lim"},
    {"Olena Ana Ivana Katarzyna Maia Elena Jelena Ilona",
     "Andrei Tomas Giorgi Marek Dmitri Luka Petar Artur",
     "Kovač Nowak Popescu Beridze Horvat Petrov Kask Ionescu Bērziņš Lazić"},
    {"María Ana Luisa Camila Shanice Gabriela Valentina Keisha",
     "José Carlos Andrés Diego Marlon Rafael Tiago Dwayne",
     "González Silva Rodríguez Pérez Fernández Campbell Morales Rojas Castillo Baptiste"},
    {"Sophie Anna Ingrid Claire Laura Emma Maria Sarah",
     "Thomas Lukas Henrik Pierre Marco James Jonas Peter",
     "Müller Jensen Dubois Rossi Smith Andersson Virtanen Keller Murphy Brown"},
};

const char *kMinistries[] = {
    "Ministry of Foreign Affairs",
    "Ministry of Information and Communications Technology",
    "National Cyber Security Agency",
    "Ministry of Defence",
    "National Computer Emergency Response Team",
    "Ministry of Justice",
    "Telecommunications Regulatory Authority",
    "Ministry of the Interior",
};

const char *kTitles[] = {
    "Counsellor, Cyber Diplomacy",
    "Head of Cyber Policy",
    "Senior Legal Adviser",
    "Director, International Cooperation",
    "Technical Lead, Incident Response",
    "First Secretary",
    "Policy Analyst",
    "Deputy Director, Cybersecurity",
};

QString pick(QRandomGenerator &random, const char *spaceSeparated)
{
    const QStringList words = QString::fromUtf8(spaceSeparated).split(QLatin1Char(' '));
    return words.at(random.bounded(int(words.size())));
}

} // namespace

DemoPerson demoPerson(QRandomGenerator &random, RegionalGroup group, Gender gender)
{
    const qsizetype index = std::max<qsizetype>(allRegionalGroups().indexOf(group), 0);
    const Names &names = kNames[index];
    const QString given = gender == Gender::Woman ? pick(random, names.women)
                          : gender == Gender::Man
                              ? pick(random, names.men)
                              : pick(random, random.bounded(2) ? names.women : names.men);
    DemoPerson person;
    person.name = given + QLatin1Char(' ') + pick(random, names.surnames);
    person.ministry = QString::fromUtf8(kMinistries[random.bounded(int(std::size(kMinistries)))]);
    person.title = QString::fromUtf8(kTitles[random.bounded(int(std::size(kTitles)))]);
    return person;
}

} // namespace FundDesk::Core::Demo
