package nl.werkhub.municipality;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class MunicipalityRepository implements PanacheRepositoryBase<Municipality, String> {

    public List<Municipality> listByName() {
        return listAll(Sort.by("name").and("code"));
    }

    public Optional<Municipality> findByCode(String code) {
        return code == null ? Optional.empty() : findByIdOptional(code);
    }
}
