// sitegen allocates with jemalloc on Linux (linked by this target, see Package.swift): a build
// makes and frees millions of small objects from two threads, and glibc's malloc, whose
// per-thread cache holds seven blocks of a size, spent a fifth of the render stage
// (BENCHMARKS.md, "Contexts without trees, copies or generic loads; jemalloc as the
// allocator").
//
// jemalloc reads its settings from this symbol. Memory it no longer uses goes back to the
// system after a second instead of ten: the same peak memory as glibc's at 10,000 briefings.
#include "CAllocator.h"

#if defined(__linux__)
const char *malloc_conf = "dirty_decay_ms:1000";
#endif
