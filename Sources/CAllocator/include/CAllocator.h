// The allocator's settings (allocator.c); nothing here is called from Swift.
#ifndef SITEGEN_CALLOCATOR_H
#define SITEGEN_CALLOCATOR_H
#endif
