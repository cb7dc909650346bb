package org.sendtracker.rules;

/** The inspection framework in force for an inspection; it decides the lifecycle and the rules. */
public enum Framework {
    /** Local area SEND inspections, May 2016 – December 2022. */
    LASEND_2016,
    /** Area SEND inspections, from January 2023. */
    AREA_SEND_2023
}
