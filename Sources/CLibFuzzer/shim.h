// libFuzzer's driver, for a program with a main of its own: sitegen-fuzz under `make fuzz`
// (SwiftPM gives every executable its own main, so libFuzzer's cannot be used). LLVM installs no
// header for it; -sanitize=fuzzer links it. Nothing else uses this module.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
