def outer(n):
    def helper(k):
        if k == 0:
            return []
        return [k] + helper(k - 1)
    return helper(n)
print(outer(4))
