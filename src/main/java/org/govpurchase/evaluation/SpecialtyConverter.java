package org.govpurchase.evaluation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a specialty as its code in a VARCHAR (not the native ENUM Hibernate would pick on H2/MySQL). */
@Converter
class SpecialtyConverter implements AttributeConverter<Specialty, String> {

  @Override
  public String convertToDatabaseColumn(Specialty specialty) {
    return specialty == null ? null : specialty.name();
  }

  @Override
  public Specialty convertToEntityAttribute(String code) {
    return code == null ? null : Specialty.valueOf(code);
  }
}
