# list *= n changes the list every name for it sees.
base = [1, 2]
alias = base
base *= 3
print(alias, alias is base)
grid = [[0]] 
rows = grid
rows *= 2
print(grid, grid[0] is grid[1])
