/* libFuzzer target: C source text through the suppression-comment parser. */
#include <stdint.h>

#include "drvlint/suppress.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dl_suppressions s = {0};
	dl_suppressions_parse((const char *)data, size, &s);
	dl_suppressions_clear(&s);
	return 0;
}
