def outer():
    def inner():
        return undefined_global
    return inner()

outer()
