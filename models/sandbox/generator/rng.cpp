// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/generator/rng.h"

#include <cmath>
#include <numbers>

namespace steward::sandbox {

namespace {

quint64 splitmix(quint64& x)
{
    quint64 z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

Rng::Rng(quint64 seed)
    : m_seed(seed)
{
    quint64 x = seed;
    for (auto& s : m_state)
        s = splitmix(x);
}

Rng Rng::fork(quint64 salt) const
{
    quint64 x = m_seed ^ (salt * 0xd1342543de82ef95ULL + 0x2545f4914f6cdd1dULL);
    return Rng(splitmix(x));
}

quint64 Rng::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

double Rng::uniform()
{
    return double(next() >> 11) * 0x1.0p-53;
}

int Rng::range(int low, int high)
{
    if (high <= low)
        return low;
    const quint64 span = quint64(high - low) + 1;
    return low + int(next() % span);
}

bool Rng::chance(double probability)
{
    return uniform() < probability;
}

double Rng::normal()
{
    // Box-Muller; one value per call keeps the stream simple to reason about.
    double u1 = uniform();
    while (u1 <= 0.0)
        u1 = uniform();
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

double Rng::lognormal(double median, double sigma)
{
    return median * std::exp(sigma * normal());
}

double Rng::gamma(double shape)
{
    if (shape < 1.0) {
        // Boost to shape + 1 and scale back (Marsaglia and Tsang).
        double u = uniform();
        while (u <= 0.0)
            u = uniform();
        return gamma(shape + 1.0) * std::pow(u, 1.0 / shape);
    }
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        double x;
        double v;
        do {
            x = normal();
            v = 1.0 + c * x;
        } while (v <= 0.0);
        v = v * v * v;
        const double u = uniform();
        if (u < 1.0 - 0.0331 * x * x * x * x)
            return d * v;
        if (std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
            return d * v;
    }
}

int Rng::poisson(double mean)
{
    if (mean <= 0.0)
        return 0;
    if (mean > 30.0)
        return std::max(0, int(std::lround(mean + std::sqrt(mean) * normal())));
    const double limit = std::exp(-mean);
    int k = 0;
    double p = uniform();
    while (p > limit) {
        ++k;
        p *= uniform();
    }
    return k;
}

int Rng::negativeBinomial(double mean, double dispersion)
{
    // Gamma-Poisson mixture: the rate is Gamma(k, mean / k).
    return poisson(gamma(dispersion) * mean / dispersion);
}

int Rng::weighted(std::span<const double> weights)
{
    double total = 0.0;
    for (double w : weights)
        total += w;
    double pick = uniform() * total;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (pick < weights[i])
            return int(i);
        pick -= weights[i];
    }
    return int(weights.size()) - 1;
}

} // namespace steward::sandbox
