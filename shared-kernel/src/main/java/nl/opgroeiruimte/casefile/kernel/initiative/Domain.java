package nl.opgroeiruimte.casefile.kernel.initiative;

/** What an initiative works on (heat, solar, saving, greening, ...). */
public enum Domain {
    HEAT,
    SOLAR,
    WIND,
    SAVING,
    ENERGY_ADVICE,
    STORAGE,
    MOBILITY,
    GREENING
}
