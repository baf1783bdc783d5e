package nl.werkhub.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A municipality of the labour-market region; seeded by migration, read-only through the API. */
@Entity
@Table(name = "municipality")
public class Municipality extends PanacheEntityBase {

    @Id
    @Column(length = 50, nullable = false, updatable = false)
    public String code;

    @Column(length = 200, nullable = false)
    public String name;
}
