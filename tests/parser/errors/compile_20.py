try:
    pass
except:
    continue
