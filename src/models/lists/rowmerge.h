#pragma once

#include <QHash>
#include <QString>

#include <algorithm>
#include <vector>

namespace tenantdesk {

// Brings `current` to the order and content of `fresh`: rows that are gone or out of order
// are removed, missing rows inserted, and kept rows updated in place. After the removals
// the kept rows are a subsequence of `fresh`, so insertions alone complete it.
template<typename List, typename IdOf, typename Remove, typename Insert, typename Update>
void mergeRows(List &current, List &fresh, IdOf idOf, Remove remove, Insert insert, Update update)
{
    QHash<QString, int> freshRow;
    for (int i = 0; i < int(fresh.size()); ++i)
        freshRow.insert(idOf(fresh[size_t(i)]), i);

    // Keep the longest run of rows already in fresh order (a longest increasing subsequence
    // of their fresh positions, O(n log n)): a rename that moves one row then removes and
    // inserts only that row, and every other row keeps its persistent indexes.
    std::vector<int> position(current.size());
    for (size_t i = 0; i < current.size(); ++i)
        position[i] = freshRow.value(idOf(current[i]), -1);
    std::vector<int> tails; // index into current of the smallest tail of each run length
    std::vector<int> previous(current.size(), -1);
    for (int i = 0; i < int(current.size()); ++i) {
        if (position[size_t(i)] < 0)
            continue;
        const auto at = std::lower_bound(tails.begin(), tails.end(), i, [&position](int a, int b) {
            return position[size_t(a)] < position[size_t(b)];
        });
        if (at != tails.begin())
            previous[size_t(i)] = *(at - 1);
        if (at == tails.end())
            tails.push_back(i);
        else
            *at = i;
    }
    std::vector<bool> keep(current.size(), false);
    for (int i = tails.empty() ? -1 : tails.back(); i >= 0; i = previous[size_t(i)])
        keep[size_t(i)] = true;
    for (int i = int(current.size()) - 1; i >= 0;) {
        if (keep[size_t(i)]) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !keep[size_t(first - 1)])
            --first;
        remove(first, i);
        i = first - 1;
    }
    for (int k = 0; k < int(fresh.size());) {
        if (size_t(k) < current.size() && idOf(current[size_t(k)]) == idOf(fresh[size_t(k)])) {
            update(k, fresh[size_t(k)]);
            ++k;
            continue;
        }
        // Insert the run of fresh rows up to the next kept row.
        const QString next = size_t(k) < current.size() ? idOf(current[size_t(k)]) : QString();
        int end = k;
        while (end < int(fresh.size()) && (next.isEmpty() || idOf(fresh[size_t(end)]) != next))
            ++end;
        insert(k, end - 1);
        k = end;
    }
}

} // namespace tenantdesk
