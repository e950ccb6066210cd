class ConfigKeyError(KeyError):
    pass

raise ConfigKeyError("timeout")
