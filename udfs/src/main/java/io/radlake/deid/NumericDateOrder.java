package io.radlake.deid;

/**
 * How to read an all-numeric date whose first two numbers could both be a month ("03/04/2021"). A date that can
 * only be read one way ("14/03/2021") is read that way whatever the setting.
 */
public enum NumericDateOrder {
    /** US order: 03/04/2021 is March 4. */
    MONTH_FIRST,
    /** European order: 03/04/2021 is 3 April. */
    DAY_FIRST
}
