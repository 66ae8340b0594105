/* Compiles only with the arguments of its compile_commands.json entry. */
#include "config.h"

const char *b_greeting(void)
{
	return GREETING;
}
