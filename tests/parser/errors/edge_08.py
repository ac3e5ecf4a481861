try:
    pass


