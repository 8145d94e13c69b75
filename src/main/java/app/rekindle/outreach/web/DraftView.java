package app.rekindle.outreach.web;

import java.util.List;

import app.rekindle.outreach.Draft;
import app.rekindle.outreach.PressureFinding;

/** A draft with what the pressure check found in it. */
record DraftView(Draft draft, List<PressureFinding> findings) {

}
