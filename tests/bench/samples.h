// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Timings (milliseconds) gathered by a benchmark, and their percentiles.
#include <algorithm>
#include <vector>

namespace tkb::bench {

struct Samples
{
    std::vector<double> ms;
    /// The sample at rank p (0..1) of the sorted timings, nearest rank; 0 when there are none.
    double percentile(double p) const
    {
        if (ms.empty())
            return 0;
        std::vector<double> v = ms;
        std::sort(v.begin(), v.end());
        return v[std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5))];
    }
};

} // namespace tkb::bench
