package nl.werkhub.candidate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Target groups of the Leerwerkakkoord (banenafspraak, praktijkroute, BBL, starting entrepreneurs). */
@Schema(name = "TargetGroup")
public enum TargetGroup {
    BANENAFSPRAAK, PRAKTIJKROUTE, BBL, ONDERNEMER
}
