def todo():
    pass
def stub():
    ...
print(todo(), stub(), ..., type(...).__name__)
