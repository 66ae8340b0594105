/* Found only through the compile database's relative include path. */
#define CONFIG_VALUE 3
