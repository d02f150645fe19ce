#pragma once

#include "dedup/comparisonvector.h"
#include "dedup/dedupcorpus.h"

namespace Kempt {

// Compares two records of a corpus field by field (see MatchField for the levels):
// - given name: exact; nickname (William/Bill, Александр/Саша); Jaro–Winkler ≥ 0.92
//   (similar); ≥ 0.85 or the same Double Metaphone code (alike); an initial that fits;
// - surname: exact; Jaro–Winkler ≥ 0.92; ≥ 0.85 or the same Double Metaphone code;
// - given name and surname swapped are compared crosswise when that agrees better;
// - e-mail: the same address; the same user part at another domain; user parts with
//   Jaro–Winkler ≥ 0.9; best of up to three addresses each;
// - phone: the same number (its last eight digits); one digit apart;
// - company (legal form stripped), city: exact; similar (word-wise Jaro–Winkler ≥ 0.9);
// - birthday: exact; one digit wrong, two neighbouring digits swapped, or day and month
//   swapped;
// - street: exact; word-wise similarity ≥ 0.9 (similar) or ≥ 0.75 (alike);
// - postcode: exact; one typo; country: same or not.
// Stateless apart from the corpus; any number of threads may compare at once.
class FieldComparator
{
public:
    explicit FieldComparator(const DedupCorpus &corpus)
        : m_corpus(corpus)
    {
    }

    ComparisonVector compare(int a, int b) const;
    // Comparing the records of two corpora (the incremental check): a from query, b from this.
    ComparisonVector compare(const DedupCorpus &query, int a, int b) const;

    static bool birthdaysNear(int a, int b);

private:
    const DedupCorpus &m_corpus;
};

} // namespace Kempt
