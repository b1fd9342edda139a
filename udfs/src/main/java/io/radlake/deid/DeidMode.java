package io.radlake.deid;

/** How identifiers are replaced. */
public enum DeidMode {
    /**
     * Category tags: "[NAME]", "[MRN]", ... Dates become "[DATE 2020-11-02]" (shifted, ISO, at the precision written)
     * so intervals survive; ages over 89 become "[AGE 90+]".
     */
    TAGS,
    /** Realistic keyed surrogates (see {@link SurrogateGenerator}) and shifted dates in their own layout. */
    SURROGATES
}
