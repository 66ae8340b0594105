/* libFuzzer target: .drvlint.json text through the configuration reader, and
 * the queries the analysis makes of a configuration that was accepted. */
#include <stdint.h>
#include <stdlib.h>

#include "drvlint/config.h"
#include "drvlint/rules.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dl_config *cfg = NULL;
	char *err = NULL;
	int arg, level;
	size_t i;
	if (dl_config_parse((const char *)data, size, "fuzz/.drvlint.json", &cfg, &err) == DL_OK) {
		dl_rule_set rules;
		dl_rule_set_all(&rules);
		dl_config_apply_rules(cfg, &rules);
		for (i = 0; i < dl_rule_count; i++)
			dl_config_level(cfg, dl_rules[i]);
		dl_config_is_source(cfg, "GetRequestUserBuffer");
		dl_config_is_sanitizer(cfg, "ProbeUserRange", &arg);
		dl_config_is_access(cfg, "CopyRecordToUser", &arg);
		dl_config_is_pageable(cfg, "LoadSettingsFromRegistry");
		dl_config_raises_irql(cfg, "DevRaiseToDevice", &level);
		dl_config_lowers_irql(cfg, "DevLowerIrql");
		dl_config_lock_acquire(cfg, "DevLockAcquire");
		dl_config_lock_release(cfg, "DevLockRelease");
	}
	dl_config_free(cfg);
	free(err);
	return 0;
}
