x = .e5
