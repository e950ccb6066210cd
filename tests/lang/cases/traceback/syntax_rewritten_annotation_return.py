class Config:
    width: int = int(f"{80}"); return width
