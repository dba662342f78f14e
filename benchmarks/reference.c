/* The straightforward compiled implementation the benchmarks compare against.
 * Dense weights W (n x n, row-major, float64), local fields h kept current:
 * a visit costs O(1) plus one exp() and one random number at finite beta, a flip O(N).
 * Random order by Fisher-Yates, xorshift64 random numbers. beta <= 0 means beta = infinity. */
#include <math.h>
#include <stdint.h>

static uint64_t rs = 88172645463325252ULL;
static inline uint64_t nxt(void) { rs ^= rs << 13; rs ^= rs >> 7; rs ^= rs << 17; return rs; }
static inline double unif(void) { return (nxt() >> 11) * (1.0 / 9007199254740992.0); }

void init_fields(int n, const double *W, const int8_t *S, double *h) {
    for (int i = 0; i < n; i++) {
        double a = 0.0;
        const double *row = W + (long)i * n;
        for (int j = 0; j < n; j++) a += row[j] * S[j];
        h[i] = a;
    }
}

/* Runs up to `sweeps` asynchronous sweeps; returns the number of sweeps run. */
int run_async(int n, const double *W, int8_t *S, double *h, int *perm, double beta,
              int sweeps, int until_stable, uint64_t seed) {
    if (seed) rs = seed;
    int sw;
    for (sw = 0; sw < sweeps; sw++) {
        for (int i = 0; i < n; i++) perm[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = (int)(nxt() % (uint64_t)(i + 1));
            int t = perm[i]; perm[i] = perm[j]; perm[j] = t;
        }
        long flips = 0;
        for (int p = 0; p < n; p++) {
            int i = perm[p];
            int8_t s_new;
            if (beta <= 0) {
                s_new = h[i] > 0 ? 1 : (h[i] < 0 ? -1 : S[i]);
            } else {
                s_new = unif() < 1.0 / (1.0 + exp(-beta * h[i])) ? 1 : -1;
            }
            if (s_new != S[i]) {
                double d = 2.0 * s_new;
                const double *row = W + (long)i * n;
                for (int k = 0; k < n; k++) h[k] += d * row[k];
                S[i] = s_new;
                flips++;
            }
        }
        if (until_stable && flips == 0) { sw++; break; }
    }
    return sw;
}
