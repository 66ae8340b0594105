/* Compiles only with the arguments of its compile_commands.json entry. */
#include "config.h"
#ifndef FROM_DB
#error FROM_DB is not defined
#endif

int a_value(void)
{
	return CONFIG_VALUE + FROM_DB;
}
