#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace lede {

// A person's name taken apart to tell which written forms name the same person: "Donald J.
// Trump", "Donald Trump", "DONALD TRUMP" and "Donald Trump's" share first and last name; "Donald
// Trump Jr." does not (a suffix names another person); "George W. Bush" and "George H.W. Bush" do,
// but their middle names differ, so they are two people.
struct PersonName
{
    QString first; // lower case, dots removed
    QString last;
    QString suffix; // "jr", "sr", "ii" … or empty
    QStringList middle; // lower case; initials as one letter each ("H.W." -> "h", "w")
    bool usual = true; // written the usual way: ordinary spaces, not all capitals, no possessive
    int capitals = 0; // upper-case letters: "HIllary" has one more than "Hillary"

    // The parts of a name of two or more words; none for one word or for a run of words too long
    // to be a name ("Ted Cruz Apologizes To Ben Carson …", a headline the analysis took whole).
    static std::optional<PersonName> parse(const QString &name);

    // First name, last name and suffix: the forms of one person share it.
    QString key() const;
    // Whether both middles can be the same: one has none, or word by word they are equal or an
    // initial of each other ("J." and "John").
    bool middleFits(const PersonName &other) const;
};

} // namespace lede
