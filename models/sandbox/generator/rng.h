// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtTypes>

#include <span>

namespace steward::sandbox {

/// A small, fast PRNG (xoshiro256**, seeded through splitmix64) with the distributions the
/// community generator needs. Every sequence depends only on the seed, never on the platform's
/// standard library, so a seed gives the same community everywhere.
class Rng
{
public:
    explicit Rng(quint64 seed);

    /// An independent stream derived from this one's seed and a salt (e.g. a topic id);
    /// the result does not depend on how much of this stream was consumed.
    Rng fork(quint64 salt) const;

    quint64 next();
    double uniform();             ///< [0, 1)
    int range(int low, int high); ///< inclusive bounds
    bool chance(double probability);
    double normal();
    double lognormal(double median, double sigma);
    double gamma(double shape); ///< scale 1
    int poisson(double mean);
    int negativeBinomial(double mean, double dispersion);
    /// An index into weights, chosen with probability proportional to its weight.
    int weighted(std::span<const double> weights);

private:
    quint64 m_seed;
    quint64 m_state[4];
};

} // namespace steward::sandbox
