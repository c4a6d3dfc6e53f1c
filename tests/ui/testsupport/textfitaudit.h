#pragma once

// What a reader of a longer language would find cut: besides textClippedProblems() (buttons
// and one-line labels narrower or lower than their text), a wrapping label lower than its
// lines need, a column header narrower than its title (Qt elides it with "…") and a group
// box narrower than its title. Reusable over any shown window.

#include "tests/ui/testsupport/accessibilityaudit.h"

#include <QAbstractItemModel>
#include <QGroupBox>
#include <QHeaderView>
#include <QStyle>
#include <QStyleOptionHeader>

namespace FundDesk::Tests {

inline QStringList wrappedTextClippedProblems(QWidget *root)
{
    QStringList problems;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty() ||
            !label->hasHeightForWidth()) {
            continue;
        }
        const int needed = label->heightForWidth(label->width());
        if (label->height() < needed) {
            problems << QStringLiteral("wrapped text cut: %1 \"%2\" is %3 px high at %4 px wide, needs %5")
                            .arg(describeWidget(label), label->text().left(80))
                            .arg(label->height())
                            .arg(label->width())
                            .arg(needed);
        }
    }
    for (QGroupBox *box : root->findChildren<QGroupBox *>()) {
        if (box->isVisible() && !box->title().isEmpty() && box->width() < box->minimumSizeHint().width()) {
            problems << QStringLiteral("group box squeezed: %1 \"%2\" is %3 px wide, needs %4")
                            .arg(describeWidget(box), box->title())
                            .arg(box->width())
                            .arg(box->minimumSizeHint().width());
        }
    }
    return problems;
}

// The width a header section needs for its title as the style draws it (margins, the sort
// arrow when the view sorts by it).
inline int headerTitleWidth(const QHeaderView *header, int section)
{
    const QString text =
        header->model()->headerData(section, header->orientation(), Qt::DisplayRole).toString();
    QStyleOptionHeader option;
    option.initFrom(header);
    option.text = text;
    option.section = section;
    option.orientation = header->orientation();
    option.fontMetrics = header->fontMetrics();
    if (header->isSortIndicatorShown() && header->sortIndicatorSection() == section) {
        option.sortIndicator = QStyleOptionHeader::SortDown;
    }
    return header->style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), header).width();
}

// Horizontal headers of shown views: every visible column at least as wide as its title.
inline QStringList headerTextElidedProblems(QWidget *root)
{
    QStringList problems;
    for (QHeaderView *header : root->findChildren<QHeaderView *>()) {
        if (!header->isVisible() || header->orientation() != Qt::Horizontal || !header->model()) {
            continue;
        }
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section)) {
                continue;
            }
            const QString title =
                header->model()->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString();
            if (title.isEmpty()) {
                continue;
            }
            const int needed = headerTitleWidth(header, section);
            if (header->sectionSize(section) < needed) {
                problems << QStringLiteral("header elided: %1 column %2 \"%3\" is %4 px wide, needs %5")
                                .arg(describeWidget(header->parentWidget()))
                                .arg(section)
                                .arg(title)
                                .arg(header->sectionSize(section))
                                .arg(needed);
            }
        }
    }
    return problems;
}

// All of the above and textClippedProblems().
inline QStringList textFitProblems(QWidget *root)
{
    return textClippedProblems(root) + wrappedTextClippedProblems(root) +
           headerTextElidedProblems(root);
}

} // namespace FundDesk::Tests
