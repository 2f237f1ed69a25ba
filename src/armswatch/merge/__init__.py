"""armswatch.merge"""
