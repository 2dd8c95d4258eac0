"""Text foundations: normalisation with an offset map, segmentation, clitic-aware tokens."""
